package eu.sadarbe.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** An amount in euros, kept to the cent (half-up), as grant figures are published. */
public record Money(BigDecimal amount) implements Comparable<Money> {

    public static final Money ZERO = new Money(BigDecimal.ZERO);

    public Money {
        Objects.requireNonNull(amount, "amount");
        amount = amount.setScale(2, RoundingMode.HALF_UP);
    }

    public static Money euros(long euros) {
        return new Money(BigDecimal.valueOf(euros));
    }

    public static Money of(String euros) {
        return new Money(new BigDecimal(euros));
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money times(long factor) {
        return new Money(amount.multiply(BigDecimal.valueOf(factor)));
    }

    public Money times(BigDecimal factor) {
        return new Money(amount.multiply(factor));
    }

    public Money atMost(Money cap) {
        return compareTo(cap) > 0 ? cap : this;
    }

    public boolean exceeds(Money other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " EUR";
    }
}

package eu.sadarbe.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import eu.sadarbe.shared.Money;

/**
 * Dates and euro amounts as each language writes them: {@code 24.03.2020} and {@code 1 234,56 €} in Latvian,
 * {@code 24 March 2020} and {@code €1,234.56} in English. Templates call it as {@code @fmt}.
 */
@Component("fmt")
public class Formats {

    public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private final @Nullable Locale fixed;

    /** In the language of the request being answered. */
    public Formats() {
        this(null);
    }

    private Formats(@Nullable Locale fixed) {
        this.fixed = fixed;
    }

    /** In one recipient's language, whatever the request's: for documents such as PDFs and letters. */
    public static Formats in(Locale locale) {
        return new Formats(locale);
    }

    public String date(@Nullable LocalDate date) {
        return date == null ? "" : dateFormat(locale()).format(date);
    }

    /** A moment shown in Brussels time, the programme's time for every deadline (R-SUB-01). */
    public String brusselsTime(@Nullable TemporalAccessor moment) {
        if (moment == null) {
            return "";
        }
        ZonedDateTime brussels = Instant.from(moment).atZone(BRUSSELS);
        return dateFormat(locale()).format(brussels) + " " + TIME.format(brussels);
    }

    /** As {@link #brusselsTime}, with the offset from UTC that held then: {@code 23.04.2020 11:59:59 (+02:00)}. */
    public String brusselsTimeWithOffset(@Nullable TemporalAccessor moment) {
        if (moment == null) {
            return "";
        }
        ZonedDateTime brussels = Instant.from(moment).atZone(BRUSSELS);
        return brusselsTime(moment) + " (" + OFFSET.format(brussels) + ")";
    }

    public String money(@Nullable Object amount) {
        if (amount == null) {
            return "";
        }
        BigDecimal euros = amount instanceof Money money ? money.amount() : new BigDecimal(amount.toString());
        return money(euros, locale());
    }

    public String number(@Nullable Number value) {
        if (value == null) {
            return "";
        }
        return grouped(locale(), "#,##0.##").format(value);
    }

    /**
     * A share (0.4545) as a percentage with at most one decimal: {@code 45,5 %} in Latvian, {@code 45.5%} in English;
     * empty when there is no share (nothing to divide by).
     */
    public String percent(@Nullable BigDecimal share) {
        return share == null ? "" : percent(share, locale());
    }

    public static String percent(BigDecimal share, Locale locale) {
        DecimalFormat format = grouped(locale, "#,##0.#");
        format.setRoundingMode(java.math.RoundingMode.HALF_UP);
        String digits = format.format(share.movePointRight(2));
        return isLatvian(locale) ? digits + "\u00a0%" : digits + "%";
    }

    static String date(LocalDate date, Locale locale) {
        return dateFormat(locale).format(date);
    }

    static String money(BigDecimal euros, Locale locale) {
        String digits = grouped(locale, "#,##0.00").format(euros);
        return isLatvian(locale) ? digits + "\u00a0€" : "€" + digits;
    }

    private static DecimalFormat grouped(Locale locale, String pattern) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        if (isLatvian(locale)) {
            symbols.setGroupingSeparator('\u00a0');
            symbols.setDecimalSeparator(',');
        } else {
            symbols.setGroupingSeparator(',');
            symbols.setDecimalSeparator('.');
        }
        return new DecimalFormat(pattern, symbols);
    }

    // Issue 21: made once, not on every cell of a 50-row table (DateTimeFormatter is immutable and thread-safe)
    private static final DateTimeFormatter LATVIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("xxx");

    private static DateTimeFormatter dateFormat(Locale locale) {
        return isLatvian(locale) ? LATVIAN_DATE : ENGLISH_DATE;
    }

    private static boolean isLatvian(Locale locale) {
        return "lv".equals(locale.getLanguage());
    }

    private Locale locale() {
        return fixed != null ? fixed : LocaleContextHolder.getLocale();
    }
}

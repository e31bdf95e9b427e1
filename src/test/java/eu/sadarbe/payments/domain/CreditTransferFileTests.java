package eu.sadarbe.payments.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import eu.sadarbe.payments.PaymentFixtures;
import eu.sadarbe.payments.PaymentKind;

/**
 * The SEPA file on its own: 2,000 payments are written well within issue 21's two seconds and validate against the
 * official schema; names are transliterated to SEPA's Latin characters; the header counts and sums the transfers.
 */
class CreditTransferFileTests {

    static final Instant NOW = Instant.parse("2026-12-04T10:15:30Z");
    static final DebtorAccount VIAA = new DebtorAccount("LV01", "LV98TREL9230000000001", "TRELLV22", "test", NOW);

    @Test
    void twoThousandPaymentsAreWrittenInUnderTwoSecondsAndValidate() throws Exception {
        List<OrderLine> orders = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < 2000; i++) {
            BigDecimal amount = new BigDecimal(1000 + i).add(new BigDecimal("0.01").multiply(new BigDecimal(i % 100)));
            sum = sum.add(amount);
            orders.add(line("2019-1-LV01-KA229-" + i, "Skola Nr. " + i + " “Ābeļzieds” & Ko", amount));
        }
        long start = System.nanoTime();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CreditTransferFile.write(out, CreditTransferFile.messageId("LV01", LocalDate.of(2026, 12, 31), NOW), NOW,
                "Valsts izglītības attīstības aģentūra", VIAA, LocalDate.of(2026, 12, 4), orders);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(millis).as("issue 21: 2,000 payments in at most 2 s").isLessThan(2000);

        PaymentFixtures.validate(out.toByteArray());
        String xml = out.toString(StandardCharsets.UTF_8);
        assertThat(xml).contains("<MsgId>SDB-LV01-20261204111530-20261231</MsgId>")
                .contains("<NbOfTxs>2000</NbOfTxs>")
                .contains("<CtrlSum>" + sum.setScale(2).toPlainString() + "</CtrlSum>")
                .contains("<Nm>Valsts izglitibas attistibas agentura</Nm>")
                .contains("<Nm>Skola Nr. 7 Abelzieds Ko</Nm>")
                .contains("<ChrgBr>SLEV</ChrgBr>");
    }

    @Test
    void recoveriesAndEmptyFilesAreRefused() {
        OrderLine recovery = new OrderLine(UUID.randomUUID(), UUID.randomUUID(), "N", UUID.randomUUID(), "A", "B",
                "LV01", "KA202", 2019, 1, PaymentKind.RECOVERY, BigDecimal.TEN, BigDecimal.ZERO, LocalDate.now(),
                OrderState.DUE, "LV87HABA0551012345678", "HABALV22", null, null, false);
        assertThatThrownBy(() -> CreditTransferFile.write(new ByteArrayOutputStream(), "M", NOW, "VIAA", VIAA,
                LocalDate.now(), List.of(recovery))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CreditTransferFile.write(new ByteArrayOutputStream(), "M", NOW, "VIAA", VIAA,
                LocalDate.now(), List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void namesAreCutToSepaLatinCharacters() {
        assertThat(CreditTransferFile.latin("Ģirts Ķēniņš, SIA „Ūdens”", 70)).isEqualTo("Girts Kenins, SIA Udens");
        assertThat(CreditTransferFile.latin("x".repeat(80), 70)).hasSize(70);
        assertThat(CreditTransferFile.latin("日本", 70)).isEqualTo("-");
    }

    private static OrderLine line(String number, String name, BigDecimal amount) {
        return new OrderLine(UUID.randomUUID(), UUID.randomUUID(), number, UUID.randomUUID(), "A-" + number, name,
                "LV01", "KA229", 2019, 1, PaymentKind.FIRST_PREFINANCING, amount, BigDecimal.ZERO,
                LocalDate.of(2026, 12, 20), OrderState.DUE, "LV87HABA0551012345678", "HABALV22", null, null, false);
    }
}

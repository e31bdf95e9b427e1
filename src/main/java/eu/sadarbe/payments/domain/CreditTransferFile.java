package eu.sadarbe.payments.domain;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import eu.sadarbe.payments.PaymentKind;

/**
 * Writes the agency's orders as one ISO 20022 SEPA credit transfer initiation, {@code pain.001.001.03}, streamed
 * with StAX: a group header ({@code MsgId}, the number of transactions and their control sum), one payment
 * information block debiting the agency's account, one credit transfer per order. The EPC's SEPA rules narrow the
 * schema: EUR, {@code ChrgBr} SLEV, service level SEPA, names in Latin letters (Latvian letters transliterated,
 * ā → a) of at most 70 characters, at most 140 characters of remittance text; amounts with two decimals. The
 * end-to-end id is the order's id without dashes, so that the bank's statement names the order it paid.
 */
public final class CreditTransferFile {

    public static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03";
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private CreditTransferFile() {
    }

    /** The message id, unique per agency and second: {@code SDB-LV01-20261204233000-20261231} (32 of 35 characters). */
    public static String messageId(String agencyCode, LocalDate dueBy, Instant now) {
        return "SDB-" + agencyCode + "-" + STAMP.format(now.atZone(BRUSSELS)) + "-" + dueBy.toString().replace("-", "");
    }

    public static BigDecimal controlSum(List<OrderLine> orders) {
        return orders.stream().map(OrderLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * Writes the file. {@code orders} are credit transfers (no recovery), at least one; {@code executionDate} is the
     * date the bank is asked to pay on.
     */
    public static void write(OutputStream out, String messageId, Instant now, String agencyName, DebtorAccount debtor,
                             LocalDate executionDate, List<OrderLine> orders) {
        if (orders.isEmpty() || orders.stream().anyMatch(o -> o.kind() == PaymentKind.RECOVERY)) {
            throw new IllegalArgumentException("A credit transfer pays at least one order and no recovery");
        }
        String count = Integer.toString(orders.size());
        String sum = controlSum(orders).toPlainString();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("Document");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeStartElement("CstmrCdtTrfInitn");

            xml.writeStartElement("GrpHdr");
            text(xml, "MsgId", messageId);
            text(xml, "CreDtTm", DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(
                    now.atZone(BRUSSELS).toLocalDateTime().withNano(0)));
            text(xml, "NbOfTxs", count);
            text(xml, "CtrlSum", sum);
            xml.writeStartElement("InitgPty");
            text(xml, "Nm", latin(agencyName, 70));
            xml.writeEndElement();
            xml.writeEndElement();

            xml.writeStartElement("PmtInf");
            text(xml, "PmtInfId", messageId);
            text(xml, "PmtMtd", "TRF");
            text(xml, "BtchBookg", "false");
            text(xml, "NbOfTxs", count);
            text(xml, "CtrlSum", sum);
            xml.writeStartElement("PmtTpInf");
            xml.writeStartElement("SvcLvl");
            text(xml, "Cd", "SEPA");
            xml.writeEndElement();
            xml.writeEndElement();
            text(xml, "ReqdExctnDt", executionDate.toString());
            party(xml, "Dbtr", agencyName);
            account(xml, "DbtrAcct", debtor.iban());
            agent(xml, "DbtrAgt", debtor.bic());
            text(xml, "ChrgBr", "SLEV");
            for (OrderLine order : orders) {
                xml.writeStartElement("CdtTrfTxInf");
                xml.writeStartElement("PmtId");
                text(xml, "EndToEndId", order.endToEndId());
                xml.writeEndElement();
                xml.writeStartElement("Amt");
                xml.writeStartElement("InstdAmt");
                xml.writeAttribute("Ccy", "EUR");
                xml.writeCharacters(order.amount().setScale(2, RoundingMode.HALF_UP).toPlainString());
                xml.writeEndElement();
                xml.writeEndElement();
                agent(xml, "CdtrAgt", order.bic());
                party(xml, "Cdtr", order.beneficiaryName());
                account(xml, "CdtrAcct", order.iban());
                xml.writeStartElement("RmtInf");
                text(xml, "Ustrd", latin(order.agreementNumber() + " " + remittance(order.kind()), 140));
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException failed) {
            throw new IllegalStateException("The credit transfer file could not be written", failed);
        }
    }

    private static String remittance(PaymentKind kind) {
        return switch (kind) {
            case FIRST_PREFINANCING -> "first pre-financing";
            case SECOND_PREFINANCING -> "second pre-financing";
            case BALANCE -> "balance";
            case RECOVERY -> "recovery";
        };
    }

    private static void party(XMLStreamWriter xml, String element, String name) throws XMLStreamException {
        xml.writeStartElement(element);
        text(xml, "Nm", latin(name, 70));
        xml.writeEndElement();
    }

    private static void account(XMLStreamWriter xml, String element, String iban) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeStartElement("Id");
        text(xml, "IBAN", iban);
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void agent(XMLStreamWriter xml, String element, String bic) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeStartElement("FinInstnId");
        text(xml, "BIC", bic);
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    /**
     * The SEPA character set: Latin letters, digits and {@code / - ? : ( ) . , ' + space}; accents dropped (ā → a,
     * č → c), anything else a space; at most {@code max} characters.
     */
    public static String latin(String text, int max) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        StringBuilder out = new StringBuilder(plain.length());
        for (char c : plain.toCharArray()) {
            boolean allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "/-?:().,'+ ".indexOf(c) >= 0;
            out.append(allowed ? c : ' ');
        }
        String result = out.toString().replaceAll(" +", " ").strip();
        if (result.isEmpty()) {
            result = "-";
        }
        return result.length() > max ? result.substring(0, max).strip() : result;
    }
}

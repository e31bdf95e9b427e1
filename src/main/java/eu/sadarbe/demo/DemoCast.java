package eu.sadarbe.demo;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import eu.sadarbe.shared.OrganisationType;

/**
 * The demo's organisations: every Organisation ID and name the demo data uses, in one place. E10000001–E10000005 act
 * through the demo applicants Anna Bērziņa and Pēteris Kalniņš; E10000101… apply in the demo's closed and decided
 * rounds (Latvian schools, VET schools, adult-education providers and youth organisations, acting through one demo
 * coordinators' account), E10000201… are their partners in other Programme Countries. E10000001–E10000099 are kept
 * for demo data in the register (README, "Organisations").
 */
public final class DemoCast {

    /** One demo organisation: its Organisation ID, legal name, country, city, type and field of education. */
    public record Org(String oid, String name, String country, String city, OrganisationType type, String field) {
    }

    // The demo applicants' organisations
    public static final Org RIGA_STATE_TECHNICAL_SCHOOL = new Org("E10000001", "Rīgas Valsts tehnikums", "LV", "Rīga",
            OrganisationType.VET_PROVIDER, "VOCATIONAL_EDUCATION_AND_TRAINING");
    public static final Org JELGAVA_STATE_GYMNASIUM = new Org("E10000002", "Jelgavas Valsts ģimnāzija", "LV",
            "Jelgava", OrganisationType.SCHOOL, "SCHOOL_EDUCATION");
    public static final Org TALLINN_INDUSTRIAL_EDUCATION_CENTRE = new Org("E10000003",
            "Tallinna Tööstushariduskeskus", "EE", "Tallinn", OrganisationType.VET_PROVIDER,
            "VOCATIONAL_EDUCATION_AND_TRAINING");
    public static final Org BERUFSKOLLEG_NORD = new Org("E10000004", "Berufskolleg Nord", "DE", "Köln",
            OrganisationType.VET_PROVIDER, "VOCATIONAL_EDUCATION_AND_TRAINING");
    public static final Org UNIVERSITY_OF_LATVIA = new Org("E10000005", "Latvijas Universitāte", "LV", "Rīga",
            OrganisationType.HIGHER_EDUCATION_INSTITUTION, "HIGHER_EDUCATION");

    /** The Latvian schools that apply for KA201 school partnerships. */
    public static final List<Org> SCHOOLS = List.of(
            lv("E10000101", "Rīgas Valsts 1. ģimnāzija", "Rīga", OrganisationType.SCHOOL),
            lv("E10000102", "Liepājas Valsts 1. ģimnāzija", "Liepāja", OrganisationType.SCHOOL),
            lv("E10000103", "Daugavpils Valsts ģimnāzija", "Daugavpils", OrganisationType.SCHOOL),
            lv("E10000104", "Cēsu Valsts ģimnāzija", "Cēsis", OrganisationType.SCHOOL),
            lv("E10000105", "Valmieras Viestura vidusskola", "Valmiera", OrganisationType.SCHOOL),
            lv("E10000106", "Ventspils Valsts 1. ģimnāzija", "Ventspils", OrganisationType.SCHOOL),
            lv("E10000107", "Rēzeknes Valsts poļu ģimnāzija", "Rēzekne", OrganisationType.SCHOOL),
            lv("E10000108", "Siguldas Valsts ģimnāzija", "Sigulda", OrganisationType.SCHOOL),
            lv("E10000109", "Talsu Valsts ģimnāzija", "Talsi", OrganisationType.SCHOOL),
            lv("E10000110", "Kuldīgas Centra vidusskola", "Kuldīga", OrganisationType.SCHOOL),
            lv("E10000111", "Ogres Valsts ģimnāzija", "Ogre", OrganisationType.SCHOOL),
            lv("E10000112", "Jūrmalas Valsts ģimnāzija", "Jūrmala", OrganisationType.SCHOOL));
    /** The Latvian VET schools that apply for KA202 VET partnerships. */
    public static final List<Org> VET_SCHOOLS = List.of(
            lv("E10000121", "Rīgas Tehniskā koledža", "Rīga", OrganisationType.VET_PROVIDER),
            lv("E10000122", "Liepājas Valsts tehnikums", "Liepāja", OrganisationType.VET_PROVIDER),
            lv("E10000123", "Daugavpils Būvniecības tehnikums", "Daugavpils", OrganisationType.VET_PROVIDER),
            lv("E10000124", "Vidzemes Tehnoloģiju un dizaina tehnikums", "Cēsis", OrganisationType.VET_PROVIDER),
            lv("E10000125", "Ogres tehnikums", "Ogre", OrganisationType.VET_PROVIDER),
            lv("E10000126", "Kandavas Lauksaimniecības tehnikums", "Kandava", OrganisationType.VET_PROVIDER),
            lv("E10000127", "Rīgas Mākslas un mediju tehnikums", "Rīga", OrganisationType.VET_PROVIDER),
            lv("E10000128", "Jelgavas tehnikums", "Jelgava", OrganisationType.VET_PROVIDER),
            lv("E10000129", "Rīgas Stila un modes tehnikums", "Rīga", OrganisationType.VET_PROVIDER),
            lv("E10000130", "Ventspils tehnikums", "Ventspils", OrganisationType.VET_PROVIDER));
    /** The Latvian adult-education providers that apply for KA204 adult-education partnerships. */
    public static final List<Org> ADULT_EDUCATION = List.of(
            lv("E10000141", "Latvijas Pieaugušo izglītības apvienība", "Rīga", OrganisationType.NGO),
            lv("E10000142", "Rīgas Tautskola", "Rīga", OrganisationType.ADULT_EDUCATION_PROVIDER),
            lv("E10000143", "Biedrība „Mūžizglītības centrs Zemgale”", "Jelgava", OrganisationType.NGO),
            lv("E10000144", "Latgales Pieaugušo izglītības centrs", "Rēzekne",
                    OrganisationType.ADULT_EDUCATION_PROVIDER),
            lv("E10000145", "Valmieras Attīstības aģentūra", "Valmiera", OrganisationType.PUBLIC_AUTHORITY),
            lv("E10000146", "Nodibinājums „Zināšanu tilts”", "Rīga", OrganisationType.FOUNDATION),
            lv("E10000147", "Kurzemes Mūžizglītības centrs", "Kuldīga", OrganisationType.ADULT_EDUCATION_PROVIDER),
            lv("E10000148", "Biedrība „Latgales senioru skola”", "Daugavpils", OrganisationType.NGO));
    /** The Latvian youth organisations that apply for KA205 youth partnerships (to JSPA, LV02). */
    public static final List<Org> YOUTH = List.of(
            lv("E10000161", "Biedrība „Jauniešu iniciatīvu centrs”", "Rīga", OrganisationType.YOUTH_ORGANISATION),
            lv("E10000162", "Biedrība „Radošā jaunatne Vidzemē”", "Valmiera", OrganisationType.YOUTH_ORGANISATION),
            lv("E10000163", "Liepājas Jauniešu māja", "Liepāja", OrganisationType.YOUTH_ORGANISATION),
            lv("E10000164", "Biedrība „Latgales jaunieši”", "Rēzekne", OrganisationType.YOUTH_ORGANISATION));

    /** Their partners in other Programme Countries, in the order they are registered. */
    public static final List<Org> PARTNERS = List.of(
            partner("E10000201", "Vilniaus licėjus", "LT", "Vilnius", OrganisationType.SCHOOL),
            partner("E10000202", "Kauno technologijos mokymo centras", "LT", "Kaunas", OrganisationType.VET_PROVIDER),
            partner("E10000203", "Tartu Kutsehariduskeskus", "EE", "Tartu", OrganisationType.VET_PROVIDER),
            partner("E10000204", "Pärnu Koidula Gümnaasium", "EE", "Pärnu", OrganisationType.SCHOOL),
            partner("E10000205", "Helsingin aikuisopisto", "FI", "Helsinki", OrganisationType.ADULT_EDUCATION_PROVIDER),
            partner("E10000206", "Stadin ammatti- ja aikuisopisto", "FI", "Helsinki", OrganisationType.VET_PROVIDER),
            partner("E10000207", "I Liceum Ogólnokształcące w Gdańsku", "PL", "Gdańsk", OrganisationType.SCHOOL),
            partner("E10000208", "Centrum Kształcenia Zawodowego w Poznaniu", "PL", "Poznań",
                    OrganisationType.VET_PROVIDER),
            partner("E10000209", "Folkuniversitetet Göteborg", "SE", "Göteborg",
                    OrganisationType.ADULT_EDUCATION_PROVIDER),
            partner("E10000210", "IES Miguel de Cervantes", "ES", "Madrid", OrganisationType.SCHOOL),
            partner("E10000211", "Istituto Tecnico Industriale Galileo Galilei", "IT", "Torino",
                    OrganisationType.VET_PROVIDER),
            partner("E10000212", "Jugendhaus Leipzig e.V.", "DE", "Leipzig", OrganisationType.YOUTH_ORGANISATION),
            partner("E10000213", "Nuorten Ääni ry", "FI", "Tampere", OrganisationType.YOUTH_ORGANISATION),
            partner("E10000214", "Associação Juvenil Ponte", "PT", "Braga", OrganisationType.YOUTH_ORGANISATION),
            partner("E10000215", "Volkshochschule Wien", "AT", "Wien", OrganisationType.ADULT_EDUCATION_PROVIDER),
            partner("E10000216", "Lycée professionnel Jean Moulin", "FR", "Lyon", OrganisationType.VET_PROVIDER));

    /** The partners the demo applications choose from, by field, in the order they are chosen. */
    public static final List<Org> SCHOOL_PARTNERS = partnersOf(OrganisationType.SCHOOL);
    public static final List<Org> VET_PARTNERS = Stream.of(partnersOf(OrganisationType.VET_PROVIDER).subList(0, 4),
            List.of(BERUFSKOLLEG_NORD), partnersOf(OrganisationType.VET_PROVIDER).subList(4, 6))
            .flatMap(List::stream).toList();
    public static final List<Org> ADULT_PARTNERS = partnersOf(OrganisationType.ADULT_EDUCATION_PROVIDER);
    public static final List<Org> YOUTH_PARTNERS = partnersOf(OrganisationType.YOUTH_ORGANISATION);
    /** Registered in Lithuania, declared in Estonia by one demo application: the formal check finds it (R-ELIG-02). */
    public static final Org MISDECLARED_PARTNER = PARTNERS.get(1);

    /** The applicants and partners of the demo's closed and decided rounds, in the order they are registered. */
    public static final List<Org> ROUND_ORGANISATIONS = Stream.of(SCHOOLS, VET_SCHOOLS, ADULT_EDUCATION, YOUTH,
            PARTNERS).flatMap(List::stream).toList();

    /**
     * The partner the formal check finds in no register (R-ELIG-10): its Organisation ID (E199999…, never issued)
     * depends on the application that names it.
     */
    public static final String UNREGISTERED_PARTNER = "Šiaulių profesinio rengimo centras";

    private static final Map<String, Org> BY_OID = Stream.concat(Stream.of(RIGA_STATE_TECHNICAL_SCHOOL,
                    JELGAVA_STATE_GYMNASIUM, TALLINN_INDUSTRIAL_EDUCATION_CENTRE, BERUFSKOLLEG_NORD,
                    UNIVERSITY_OF_LATVIA), ROUND_ORGANISATIONS.stream())
            .collect(Collectors.toUnmodifiableMap(Org::oid, Function.identity()));

    private DemoCast() {
    }

    /** The demo organisation with this Organisation ID. */
    public static Org organisation(String oid) {
        Org org = BY_OID.get(oid);
        if (org == null) {
            throw new IllegalArgumentException("No demo organisation " + oid);
        }
        return org;
    }

    /** The Organisation ID, never issued, of the unregistered partner in the demo application at {@code index}. */
    public static String unregisteredPartnerOid(int index) {
        return "E199999" + (index < 10 ? "0" : "") + index;
    }

    private static List<Org> partnersOf(OrganisationType type) {
        return PARTNERS.stream().filter(partner -> partner.type() == type).toList();
    }

    private static Org lv(String oid, String name, String city, OrganisationType type) {
        String field = switch (type) {
            case SCHOOL -> "SCHOOL_EDUCATION";
            case VET_PROVIDER -> "VOCATIONAL_EDUCATION_AND_TRAINING";
            case YOUTH_ORGANISATION -> "YOUTH";
            default -> "ADULT_EDUCATION";
        };
        return new Org(oid, name, "LV", city, type, field);
    }

    private static Org partner(String oid, String name, String country, String city, OrganisationType type) {
        Org latvian = lv(oid, name, city, type);
        return new Org(oid, name, country, city, type, latvian.field());
    }
}

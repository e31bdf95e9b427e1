package eu.sadarbe.organisations.domain;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import eu.sadarbe.accounts.AccountId;
import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.AccountSummary;
import eu.sadarbe.accounts.Role;
import eu.sadarbe.organisations.Oid;
import eu.sadarbe.shared.OrganisationType;

/**
 * The organisations of the demo's closed assessment round: Latvian schools, VET schools, adult-education
 * providers and youth organisations that apply (E10000101…E10000164, acting through one demo coordinator
 * account that nobody signs in with), and their partners in other Programme Countries (E10000201…).
 */
@Component
@Profile("demo")
@Order(11)
class DemoAssessmentOrganisations implements ApplicationRunner {

    static final String COORDINATORS = "demo.coordinators@demo.sadarbe.eu";

    private static final List<Demo> ALL = List.of(
            school("E10000101", "Rīgas Valsts 1. ģimnāzija", "Rīga"),
            school("E10000102", "Liepājas Valsts 1. ģimnāzija", "Liepāja"),
            school("E10000103", "Daugavpils Valsts ģimnāzija", "Daugavpils"),
            school("E10000104", "Cēsu Valsts ģimnāzija", "Cēsis"),
            school("E10000105", "Valmieras Viestura vidusskola", "Valmiera"),
            school("E10000106", "Ventspils Valsts 1. ģimnāzija", "Ventspils"),
            school("E10000107", "Rēzeknes Valsts poļu ģimnāzija", "Rēzekne"),
            school("E10000108", "Siguldas Valsts ģimnāzija", "Sigulda"),
            school("E10000109", "Talsu Valsts ģimnāzija", "Talsi"),
            school("E10000110", "Kuldīgas Centra vidusskola", "Kuldīga"),
            school("E10000111", "Ogres Valsts ģimnāzija", "Ogre"),
            school("E10000112", "Jūrmalas Valsts ģimnāzija", "Jūrmala"),
            vet("E10000121", "Rīgas Tehniskā koledža", "LV", "Rīga"),
            vet("E10000122", "Liepājas Valsts tehnikums", "LV", "Liepāja"),
            vet("E10000123", "Daugavpils Būvniecības tehnikums", "LV", "Daugavpils"),
            vet("E10000124", "Vidzemes Tehnoloģiju un dizaina tehnikums", "LV", "Cēsis"),
            vet("E10000125", "Ogres tehnikums", "LV", "Ogre"),
            vet("E10000126", "Kandavas Lauksaimniecības tehnikums", "LV", "Kandava"),
            vet("E10000127", "Rīgas Mākslas un mediju tehnikums", "LV", "Rīga"),
            vet("E10000128", "Jelgavas tehnikums", "LV", "Jelgava"),
            vet("E10000129", "Rīgas Stila un modes tehnikums", "LV", "Rīga"),
            vet("E10000130", "Ventspils tehnikums", "LV", "Ventspils"),
            adult("E10000141", "Latvijas Pieaugušo izglītības apvienība", "LV", "Rīga", OrganisationType.NGO),
            adult("E10000142", "Rīgas Tautskola", "LV", "Rīga", OrganisationType.ADULT_EDUCATION_PROVIDER),
            adult("E10000143", "Biedrība „Mūžizglītības centrs Zemgale”", "LV", "Jelgava", OrganisationType.NGO),
            adult("E10000144", "Latgales Pieaugušo izglītības centrs", "LV", "Rēzekne",
                    OrganisationType.ADULT_EDUCATION_PROVIDER),
            adult("E10000145", "Valmieras Attīstības aģentūra", "LV", "Valmiera", OrganisationType.PUBLIC_AUTHORITY),
            adult("E10000146", "Nodibinājums „Zināšanu tilts”", "LV", "Rīga", OrganisationType.FOUNDATION),
            adult("E10000147", "Kurzemes Mūžizglītības centrs", "LV", "Kuldīga",
                    OrganisationType.ADULT_EDUCATION_PROVIDER),
            adult("E10000148", "Biedrība „Latgales senioru skola”", "LV", "Daugavpils", OrganisationType.NGO),
            youth("E10000161", "Biedrība „Jauniešu iniciatīvu centrs”", "LV", "Rīga"),
            youth("E10000162", "Biedrība „Radošā jaunatne Vidzemē”", "LV", "Valmiera"),
            youth("E10000163", "Liepājas Jauniešu māja", "LV", "Liepāja"),
            youth("E10000164", "Biedrība „Latgales jaunieši”", "LV", "Rēzekne"),
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

    private final OrganisationRegistration registration;
    private final OrganisationRecords records;
    private final AccountRegister accounts;

    DemoAssessmentOrganisations(OrganisationRegistration registration, OrganisationRecords records,
                                AccountRegister accounts) {
        this.registration = registration;
        this.records = records;
        this.accounts = accounts;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (records.exists(Oid.of(ALL.get(ALL.size() - 1).oid()))) {
            return;
        }
        // Nobody signs in as the coordinators: the password is thrown away.
        AccountId coordinators = accounts.byEmail(COORDINATORS).map(AccountSummary::id)
                .orElseGet(() -> accounts.open(COORDINATORS, "Demo koordinatori", UUID.randomUUID().toString(),
                        Set.of(Role.APPLICANT), null).id());
        int number = 0;
        for (Demo demo : ALL) {
            number++;
            if (!records.exists(Oid.of(demo.oid()))) {
                registration.register(DemoOrganisations.details(demo.name(), null, demo.country(), demo.city(),
                        demo.country().equals("LV") ? "Skolas iela " + number : "Demo Street " + number,
                        postcode(demo.country(), number), demo.type(),
                        "DEMO-" + demo.oid(), null, List.of(demo.field()), List.of()),
                        demo.country().equals("LV") ? coordinators : null, "demo data", Oid.of(demo.oid()));
            }
        }
        records.issueOidsAfterTheHighestRegistered();
    }

    private static String postcode(String country, int number) {
        return country.equals("LV") ? "LV-%04d".formatted(1000 + number) : String.valueOf(10000 + number);
    }

    private static Demo school(String oid, String name, String city) {
        return new Demo(oid, name, "LV", city, OrganisationType.SCHOOL, "SCHOOL_EDUCATION");
    }

    private static Demo vet(String oid, String name, String country, String city) {
        return new Demo(oid, name, country, city, OrganisationType.VET_PROVIDER, "VOCATIONAL_EDUCATION_AND_TRAINING");
    }

    private static Demo adult(String oid, String name, String country, String city, OrganisationType type) {
        return new Demo(oid, name, country, city, type, "ADULT_EDUCATION");
    }

    private static Demo youth(String oid, String name, String country, String city) {
        return new Demo(oid, name, country, city, OrganisationType.YOUTH_ORGANISATION, "YOUTH");
    }

    private static Demo partner(String oid, String name, String country, String city, OrganisationType type) {
        String field = switch (type) {
            case SCHOOL -> "SCHOOL_EDUCATION";
            case VET_PROVIDER -> "VOCATIONAL_EDUCATION_AND_TRAINING";
            case YOUTH_ORGANISATION -> "YOUTH";
            default -> "ADULT_EDUCATION";
        };
        return new Demo(oid, name, country, city, type, field);
    }

    private record Demo(String oid, String name, String country, String city, OrganisationType type, String field) {
    }
}

package eu.sadarbe.demo;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import eu.sadarbe.accounts.AccountRegister;
import eu.sadarbe.accounts.AccountSummary;
import eu.sadarbe.accounts.Role;
import eu.sadarbe.accounts.SignedInUser;

/**
 * Demo sign-ins for every role; they exist only under the {@code demo} profile and are listed on the sign-in page
 * ({@link DemoSignIns}). The demo coordinators' account, through which the organisations of the demo rounds act, is
 * opened with the organisations; nobody signs in with it.
 */
@Component
@Profile("demo")
@Order(0)
public class DemoAccounts implements ApplicationRunner {

    public static final String PASSWORD = "sadarbe-demo";
    public static final String ANNA = "anna.berzina@demo.sadarbe.eu";
    public static final String PETERIS = "peteris.kalnins@demo.sadarbe.eu";
    /** The officer of VIAA (LV01), who decides the demo's decided round. */
    public static final String ILZE = "ilze.ozola@demo.sadarbe.eu";
    /** The officer of JSPA (LV02). */
    public static final String JANIS = "janis.liepa@demo.sadarbe.eu";
    /** The account the organisations of the demo rounds act through; its password is thrown away. */
    public static final String COORDINATORS = "demo.coordinators@demo.sadarbe.eu";

    public static final List<DemoAccount> ALL = List.of(
            new DemoAccount(ANNA, "Anna Bērziņa", Role.APPLICANT, null),
            new DemoAccount(PETERIS, "Pēteris Kalniņš", Role.APPLICANT, null),
            new DemoAccount(ILZE, "Ilze Ozola", Role.NA_OFFICER, "LV01"),
            new DemoAccount(JANIS, "Jānis Liepa", Role.NA_OFFICER, "LV02"),
            new DemoAccount("marta.jansone@demo.sadarbe.eu", "Marta Jansone", Role.EXPERT, null),
            new DemoAccount("andris.kalejs@demo.sadarbe.eu", "Andris Kalējs", Role.EXPERT, null),
            new DemoAccount("liga.vitola@demo.sadarbe.eu", "Līga Vītola", Role.EXPERT, null),
            new DemoAccount("raimonds.zarins@demo.sadarbe.eu", "Raimonds Zariņš", Role.EXPERT, null),
            new DemoAccount("inese.kruze@demo.sadarbe.eu", "Inese Krūze", Role.EXPERT, null),
            new DemoAccount("dace.lace@demo.sadarbe.eu", "Dace Lāce", Role.EXPERT, null),
            new DemoAccount("gatis.ozols@demo.sadarbe.eu", "Gatis Ozols", Role.EXPERT, null),
            new DemoAccount("edgars.silins@demo.sadarbe.eu", "Edgars Siliņš", Role.EXPERT, null),
            new DemoAccount("kristine.berga@demo.sadarbe.eu", "Kristīne Berga", Role.EXPERT, null),
            new DemoAccount("aija.liepina@demo.sadarbe.eu", "Aija Liepiņa", Role.EXPERT, null),
            new DemoAccount("valdis.krumins@demo.sadarbe.eu", "Valdis Krūmiņš", Role.EXPERT, null),
            new DemoAccount("admin@demo.sadarbe.eu", "Sadarbe Administrator", Role.ADMIN, null));

    private final AccountRegister register;

    DemoAccounts(AccountRegister register) {
        this.register = register;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (DemoAccount demo : ALL) {
            if (register.byEmail(demo.email()).isEmpty()) {
                register.open(demo.email(), demo.displayName(), PASSWORD, Set.of(demo.role()),
                        demo.nationalAgencyCode());
            }
        }
    }

    /** The account as the signed-in user the demo acts for when it uses the modules' use cases. */
    static SignedInUser signedIn(AccountSummary account) {
        return new SignedInUser(account.id(), account.email(), account.displayName(), account.roles(),
                account.nationalAgencyCode(), account.language(), true, null);
    }

    /** One demo sign-in. */
    public record DemoAccount(String email, String displayName, Role role, @Nullable String nationalAgencyCode) {
    }
}

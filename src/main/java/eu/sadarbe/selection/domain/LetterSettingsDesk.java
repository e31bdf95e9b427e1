package eu.sadarbe.selection.domain;

import java.time.Clock;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.sadarbe.accounts.Role;
import eu.sadarbe.accounts.SignedInUser;

/**
 * Administrators keep each agency's decision letter settings (issue 17): the text on contesting decisions and the
 * signatory's position in English and Latvian, and whether the agency confirmed the wording.
 */
@Service
public class LetterSettingsDesk {

    private final LetterSettingsRepository settings;
    private final Clock clock;

    LetterSettingsDesk(LetterSettingsRepository settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<LetterSettings> all(SignedInUser administrator) {
        requireAdministrator(administrator);
        return settings.all();
    }

    @Transactional(readOnly = true)
    public LetterSettings of(String agencyCode, SignedInUser administrator) {
        requireAdministrator(administrator);
        return settings.of(agencyCode).orElseThrow(UnknownApplication::new);
    }

    /** Saves the four texts; refused when one is blank. */
    @Transactional
    public LetterSettings change(String agencyCode, @Nullable String contestEn, @Nullable String contestLv,
                                 @Nullable String positionEn, @Nullable String positionLv, boolean confirmed,
                                 SignedInUser administrator) {
        LetterSettings before = of(agencyCode, administrator);
        if (blank(contestEn) || blank(contestLv) || blank(positionEn) || blank(positionLv)) {
            throw new ChangeRefused("letters.settings.required");
        }
        LetterSettings after = new LetterSettings(before.agencyCode(), contestEn.strip(), contestLv.strip(),
                positionEn.strip(), positionLv.strip(), confirmed, administrator.email(), clock.instant());
        settings.save(after);
        return after;
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }

    private static void requireAdministrator(SignedInUser user) {
        user.requireRole(Role.ADMIN);
    }
}

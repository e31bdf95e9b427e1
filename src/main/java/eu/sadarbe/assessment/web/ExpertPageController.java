package eu.sadarbe.assessment.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import eu.sadarbe.accounts.AccountId;
import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.applications.document.ActionTypeCode;
import eu.sadarbe.assessment.experts.Expert;
import eu.sadarbe.assessment.experts.ExpertPool;
import eu.sadarbe.assessment.experts.LateConflicts;
import eu.sadarbe.assessment.experts.NotInPool;

/** The officer's pages for their agency's pool of experts and the relations recorded for them. */
@Controller
class ExpertPageController {

    static final List<String> FIELDS = Arrays.stream(ActionTypeCode.values()).map(Enum::name).toList();

    private final ExpertPool pool;
    private final LateConflicts lateConflicts;

    ExpertPageController(ExpertPool pool, LateConflicts lateConflicts) {
        this.lateConflicts = lateConflicts;
        this.pool = pool;
    }

    @GetMapping("/agency/experts")
    String pool(@AuthenticationPrincipal SignedInUser officer, Model model) {
        return list(officer, ExpertForm.empty(), model);
    }

    @PostMapping("/agency/experts")
    String add(@AuthenticationPrincipal SignedInUser officer, @Valid @ModelAttribute("form") ExpertForm form,
               BindingResult errors, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors() || !keep(officer, form.email(), form, errors)) {
            return list(officer, form, model);
        }
        redirect.addFlashAttribute("saved", form.email());
        return "redirect:/agency/experts";
    }

    @GetMapping("/agency/experts/{accountId}")
    String expert(@AuthenticationPrincipal SignedInUser officer, @PathVariable AccountId accountId, Model model) {
        Expert expert = pool.expert(officer, accountId);
        return page(expert, ExpertForm.of(expert), RelationForm.empty(), model);
    }

    @PostMapping("/agency/experts/{accountId}")
    String edit(@AuthenticationPrincipal SignedInUser officer, @PathVariable AccountId accountId,
                @Valid @ModelAttribute("form") ExpertForm form, BindingResult errors, Model model,
                RedirectAttributes redirect) {
        Expert expert = pool.expert(officer, accountId);
        if (errors.hasErrors() || !keep(officer, expert.email(), form, errors)) {
            return page(expert, form, RelationForm.empty(), model);
        }
        redirect.addFlashAttribute("saved", expert.email());
        return "redirect:/agency/experts/" + accountId;
    }

    @PostMapping("/agency/experts/{accountId}/relations")
    String relation(@AuthenticationPrincipal SignedInUser officer, @PathVariable AccountId accountId,
                    @Valid @ModelAttribute("relation") RelationForm relation, BindingResult errors, Model model,
                    RedirectAttributes redirect) {
        Expert expert = pool.expert(officer, accountId);
        if (errors.hasErrors()) {
            return page(expert, ExpertForm.of(expert), relation, model);
        }
        pool.recordRelation(officer, accountId, relation.organisationOid(), relation.note());
        lateConflicts.review(accountId, officer);   // open assignments it touches are suspended now
        redirect.addFlashAttribute("relationSaved", relation.organisationOid());
        return "redirect:/agency/experts/" + accountId;
    }

    @PostMapping("/agency/experts/{accountId}/relations/{relationId}/removal")
    String forget(@AuthenticationPrincipal SignedInUser officer, @PathVariable AccountId accountId,
                  @PathVariable UUID relationId) {
        pool.forgetRelation(officer, accountId, relationId);
        return "redirect:/agency/experts/" + accountId;
    }

    private boolean keep(SignedInUser officer, String email, ExpertForm form, BindingResult errors) {
        try {
            pool.keep(officer, email, form.fields() == null ? List.of() : form.fields(),
                    form.languageCodes(), form.country().toUpperCase(Locale.ROOT), form.organisationOid());
            return true;
        } catch (NotInPool notAnExpert) {
            errors.rejectValue("email", "experts.error.notAnExpert");
            return false;
        }
    }

    private String list(SignedInUser officer, ExpertForm form, Model model) {
        String agency = officer.requireOfficerAgency();
        model.addAttribute("agency", agency);
        model.addAttribute("experts", pool.of(agency));
        model.addAttribute("form", form);
        model.addAttribute("fieldChoices", FIELDS);
        return "assessment/experts";
    }

    private String page(Expert expert, ExpertForm form, RelationForm relation, Model model) {
        model.addAttribute("expert", expert);
        model.addAttribute("form", form);
        model.addAttribute("relation", relation);
        model.addAttribute("relations", pool.relationsOf(expert.accountId()));
        model.addAttribute("fieldChoices", FIELDS);
        return "assessment/expert";
    }
}

package eu.sadarbe.calls.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import eu.sadarbe.calls.AgencyContacts;
import eu.sadarbe.calls.InformationContact;
import eu.sadarbe.calls.NationalAgency;
import eu.sadarbe.calls.ReferenceData;
import eu.sadarbe.calls.domain.ContactCorrections;

/**
 * The administrators' page of the directory of contacts (issue 20): every National Agency, national Erasmus+ office
 * and Commission contact, whether it is confirmed, and a correction form for each.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class ContactsPageController {

    private final ReferenceData reference;
    private final ContactCorrections corrections;

    ContactsPageController(ReferenceData reference, ContactCorrections corrections) {
        this.reference = reference;
        this.corrections = corrections;
    }

    @GetMapping("/admin/contacts")
    String list(Model model) {
        List<AgencyRow> agencies = new ArrayList<>();
        for (NationalAgency agency : reference.nationalAgencies(null, null)) {
            agencies.add(new AgencyRow(agency, reference.agencyContacts(agency.code()).orElse(null)));
        }
        model.addAttribute("agencies", agencies);
        model.addAttribute("offices", reference.informationContacts());
        return "calls/contacts";
    }

    @GetMapping("/admin/contacts/agencies/{code}")
    String agencyForm(@PathVariable String code, Model model) {
        AgencyRow row = agency(code);
        AgencyContacts contacts = row.contacts();
        model.addAttribute("form", contacts == null ? new ContactForm("", "", "", "", false)
                : new ContactForm(contacts.address(), contacts.website(), contacts.email(), contacts.phone(),
                contacts.confirmed()));
        return agencyPage(row, model);
    }

    @PostMapping("/admin/contacts/agencies/{code}")
    String correctAgency(@PathVariable String code, @Valid @ModelAttribute("form") ContactForm form,
                         BindingResult errors, Model model, Authentication admin, RedirectAttributes redirect) {
        AgencyRow row = agency(code);
        if (errors.hasErrors()) {
            return agencyPage(row, model);
        }
        corrections.correctAgency(code, form.details(), admin.getName());
        redirect.addFlashAttribute("corrected", code);
        return "redirect:/admin/contacts";
    }

    @GetMapping("/admin/contacts/offices/{code}")
    String officeForm(@PathVariable String code, Model model) {
        InformationContact office = office(code);
        model.addAttribute("form", new ContactForm(office.address(), office.website(), office.email(), office.phone(),
                office.confirmed()));
        return officePage(office, model);
    }

    @PostMapping("/admin/contacts/offices/{code}")
    String correctOffice(@PathVariable String code, @Valid @ModelAttribute("form") ContactForm form,
                         BindingResult errors, Model model, Authentication admin, RedirectAttributes redirect) {
        InformationContact office = office(code);
        if (errors.hasErrors()) {
            return officePage(office, model);
        }
        corrections.correctInformationContact(code, form.details(), admin.getName());
        redirect.addFlashAttribute("corrected", code);
        return "redirect:/admin/contacts";
    }

    private AgencyRow agency(String code) {
        return reference.nationalAgencies(null, null).stream().filter(agency -> agency.code().equals(code))
                .findFirst().map(agency -> new AgencyRow(agency, reference.agencyContacts(code).orElse(null)))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private InformationContact office(String code) {
        return reference.informationContacts().stream().filter(office -> office.code().equals(code)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static String agencyPage(AgencyRow row, Model model) {
        model.addAttribute("title", row.agency().code() + " " + row.agency().nameEn());
        model.addAttribute("titleLv", row.agency().code() + " " + row.agency().name());
        model.addAttribute("action", "/admin/contacts/agencies/" + row.agency().code());
        return "calls/correct-contact";
    }

    private static String officePage(InformationContact office, Model model) {
        model.addAttribute("title", office.name().en());
        model.addAttribute("titleLv", office.name().lv());
        model.addAttribute("action", "/admin/contacts/offices/" + office.code());
        return "calls/correct-contact";
    }

    /** An agency with its contacts, when recorded. */
    record AgencyRow(NationalAgency agency, @Nullable AgencyContacts contacts) {
    }
}

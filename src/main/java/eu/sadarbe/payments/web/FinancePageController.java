package eu.sadarbe.payments.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.payments.PaymentRefused;
import eu.sadarbe.payments.domain.OrderFilter;
import eu.sadarbe.payments.domain.OrderLine;
import eu.sadarbe.payments.domain.OrderState;
import eu.sadarbe.payments.domain.PaymentDesk;
import eu.sadarbe.payments.domain.PaymentOrderRepository;
import eu.sadarbe.payments.domain.StatementImport;
import eu.sadarbe.shared.Refusal;
import eu.sadarbe.web.Formats;

/**
 * The agency's finance page: its orders due and made, filtered by due date, round and action type, with the totals
 * of the filter; a payment recorded made one by one or from the bank's statement (CSV); the SEPA file of the orders
 * due by a date.
 */
@Controller
class FinancePageController {

    static final int PAGE_SIZE = 25;

    private final PaymentDesk desk;
    private final PaymentOrderRepository repository;
    private final StatementImport statements;
    private final CreditTransfers transfers;
    private final MessageSource messages;

    FinancePageController(PaymentDesk desk, PaymentOrderRepository repository, StatementImport statements,
                          CreditTransfers transfers, MessageSource messages) {
        this.desk = desk;
        this.repository = repository;
        this.statements = statements;
        this.transfers = transfers;
        this.messages = messages;
    }

    @GetMapping("/agency/payments")
    String finance(@RequestParam(required = false) @Nullable String dueFrom,
                   @RequestParam(required = false) @Nullable String dueTo,
                   @RequestParam(required = false) @Nullable String round,
                   @RequestParam(required = false) @Nullable String actionType,
                   @RequestParam(required = false) @Nullable String state,
                   @RequestParam(defaultValue = "0") int page,
                   @AuthenticationPrincipal SignedInUser user, Model model) {
        String agency = agencyOf(user);
        OrderState wanted = state == null || state.isBlank() ? null
                : java.util.Arrays.stream(OrderState.values()).filter(s -> s.name().equals(state)).findFirst()
                .orElse(null);
        OrderFilter filter = FinanceFilter.of(agency, date(dueFrom), date(dueTo), round, actionType, wanted, page,
                PAGE_SIZE);
        var totals = desk.totals(filter, user);
        long count = totals.get(OrderState.DUE).count() + totals.get(OrderState.MADE).count()
                + (wanted == OrderState.CANCELLED ? totals.get(OrderState.CANCELLED).count() : 0);
        int pages = (int) Math.max(1, (count + PAGE_SIZE - 1) / PAGE_SIZE);
        model.addAttribute("agency", agency);
        model.addAttribute("orders", desk.page(filter, user));
        model.addAttribute("totals", totals);
        model.addAttribute("due", totals.get(OrderState.DUE));
        model.addAttribute("made", totals.get(OrderState.MADE));
        model.addAttribute("page", filter.page());
        model.addAttribute("pages", pages);
        model.addAttribute("dueFrom", dueFrom == null ? "" : dueFrom);
        model.addAttribute("dueTo", dueTo == null ? "" : dueTo);
        model.addAttribute("round", round == null ? "" : round);
        model.addAttribute("actionType", actionType == null ? "" : actionType);
        model.addAttribute("state", wanted == null ? "" : wanted.name());
        model.addAttribute("rounds", repository.rounds(agency));
        model.addAttribute("actionTypes", repository.actionTypes(agency));
        model.addAttribute("today", desk.today());
        model.addAttribute("columns", StatementImport.COLUMNS);
        return "payments/finance";
    }

    @PostMapping("/agency/payments/{orderId}/made")
    String made(@PathVariable UUID orderId, @RequestParam(required = false) @Nullable String paidOn,
                @RequestParam(required = false) @Nullable String bankReference,
                @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect, Locale locale) {
        LocalDate date = date(paidOn);
        if (date == null || bankReference == null || bankReference.isBlank()) {
            redirect.addFlashAttribute("problem", messages.getMessage("payments.made.missing", null, locale));
            redirect.addFlashAttribute("problemOrder", orderId.toString());
            return "redirect:/agency/payments";
        }
        try {
            OrderLine line = desk.markMade(orderId, date, bankReference, user);
            redirect.addFlashAttribute("done", messages.getMessage("payments.made.done",
                    new Object[] {line.agreementNumber(), Formats.in(locale).money(line.amount()),
                            Formats.in(locale).date(line.paidOn())}, locale));
        } catch (PaymentRefused refused) {
            redirect.addFlashAttribute("problem", messages.getMessage(refused.messageKey(), null, locale));
            redirect.addFlashAttribute("problemOrder", orderId.toString());
        }
        return "redirect:/agency/payments";
    }

    @PostMapping("/agency/payments/statement")
    String statement(@RequestParam(required = false) @Nullable MultipartFile file,
                     @RequestParam(defaultValue = "false") boolean onlyValidRows,
                     @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect, Locale locale) {
        String name = file == null || file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        if (file == null || file.isEmpty() || !name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            redirect.addFlashAttribute("fileError", messages.getMessage("payments.import.file", null, locale));
            return "redirect:/agency/payments#statement";
        }
        StatementImport.Report report;
        try {
            report = statements.importStatement(file.getBytes(), onlyValidRows, user);
        } catch (IOException unreadable) {
            redirect.addFlashAttribute("fileError", messages.getMessage("payments.import.unreadable", null, locale));
            return "redirect:/agency/payments#statement";
        }
        Map<Integer, List<String>> errors = new LinkedHashMap<>();
        report.errors().forEach((row, problems) -> errors.put(row, problems.stream()
                .map(problem -> messages.getMessage(problem.key(), problem.arguments(), locale)).toList()));
        redirect.addFlashAttribute("statement", new StatementView(
                report.separator() == ';' ? "payments.import.semicolon" : "payments.import.comma",
                report.byteOrderMark(), report.rows(), report.marked().size(), errors));
        return "redirect:/agency/payments#statement";
    }

    @GetMapping("/agency/payments/credit-transfer")
    ResponseEntity<byte[]> creditTransfer(@RequestParam(required = false) @Nullable String dueBy,
                                          @AuthenticationPrincipal SignedInUser user, Locale locale,
                                          HttpServletRequest request, HttpServletResponse response) {
        try {
            LocalDate date = date(dueBy);
            if (date == null) {
                throw new PaymentRefused("payments.transfer.date", "A due date YYYY-MM-DD");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            String name = transfers.write(agencyOf(user), date, user, out);
            return ResponseEntity.ok()
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                    .contentType(MediaType.APPLICATION_XML).body(out.toByteArray());
        } catch (CreditTransfers.NothingDue | CreditTransfers.NoDebtorAccount | PaymentRefused refused) {
            // No file to make: back to the payments, with why above the list (not an error page).
            RequestContextUtils.getOutputFlashMap(request).put("problem",
                    messages.getMessage(((Refusal) refused).messageKey(), null, locale));
            RequestContextUtils.saveOutputFlashMap("/agency/payments", request, response);
            return ResponseEntity.status(HttpStatus.FOUND)
                    .location(URI.create(request.getContextPath() + "/agency/payments")).build();
        }
    }

    private static String agencyOf(SignedInUser user) {
        return user.requireOfficerAgency();
    }

    static @Nullable LocalDate date(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException invalid) {
            return null;
        }
    }

    /** The statement import's outcome as the page shows it. */
    record StatementView(String separatorKey, boolean byteOrderMark, int rows, int marked,
                         Map<Integer, List<String>> errors) implements java.io.Serializable {
    }
}

package eu.sadarbe.payments.web;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import eu.sadarbe.accounts.SignedInUser;
import eu.sadarbe.grants.GrantAgreementId;
import eu.sadarbe.payments.domain.OrderState;
import eu.sadarbe.payments.domain.PaymentDesk;
import eu.sadarbe.payments.domain.UnknownPayment;

/**
 * Payments over HTTP: a project's payments for its organisations' people and its agency's officers; an agency's
 * orders, the SEPA credit transfer file and the record of a payment made, for the agency's officers only.
 */
@RestController
@Tag(name = "Payments", description = "Payment orders of grant agreements (R-PAY-01, R-PAY-02) and the SEPA file")
class PaymentsApiController {

    private final PaymentDesk desk;
    private final CreditTransfers transfers;

    PaymentsApiController(PaymentDesk desk, CreditTransfers transfers) {
        this.desk = desk;
        this.transfers = transfers;
    }

    @Operation(summary = "A project's payments: orders due and made, and paid + due + remaining = awarded",
            description = "For the people of the project's organisations and the officers of its agency; 403 otherwise.")
    @GetMapping("/api/v1/grants/{agreementId}/payments")
    PaymentResponses.Project project(@PathVariable UUID agreementId, @AuthenticationPrincipal SignedInUser user) {
        PaymentDesk.ProjectPayments payments = desk.project(new GrantAgreementId(agreementId), user);
        return new PaymentResponses.Project(agreementId, payments.agreement().agreementNumber(),
                payments.agreement().applicationNumber(), payments.agreement().terms().scheme().name(),
                payments.agreement().awardedTotal(), PaymentResponses.Totals.of(payments.totals()),
                payments.orders().stream().map(PaymentResponses.Order::of).toList());
    }

    @Operation(summary = "An agency's payment orders, filtered and paged, with the totals of the filter",
            description = "`round` is `2019/1` (call year and round); `state` DUE, MADE or CANCELLED. 403 unless "
                    + "the caller is an officer of the agency.")
    @GetMapping("/api/v1/agency/{code}/payments")
    PaymentResponses.Page agency(@PathVariable String code,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                 @Nullable LocalDate dueFrom,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                 @Nullable LocalDate dueTo,
                                 @RequestParam(required = false) @Nullable String round,
                                 @RequestParam(required = false) @Nullable String actionType,
                                 @RequestParam(required = false) @Nullable OrderState state,
                                 @RequestParam(defaultValue = "0") int page,
                                 @RequestParam(defaultValue = "50") int size,
                                 @AuthenticationPrincipal SignedInUser user) {
        var filter = FinanceFilter.of(code, dueFrom, dueTo, round, actionType, state, page, size);
        var totals = desk.totals(filter, user);
        return new PaymentResponses.Page(filter.page(), filter.size(),
                new PaymentResponses.Sum(totals.get(OrderState.DUE).count(), totals.get(OrderState.DUE).amount()),
                new PaymentResponses.Sum(totals.get(OrderState.MADE).count(), totals.get(OrderState.MADE).amount()),
                desk.page(filter, user).stream().map(PaymentResponses.Order::of).toList());
    }

    @Operation(summary = "The ISO 20022 SEPA credit transfer (pain.001.001.03) of the orders due by a date",
            description = """
            Every order of the agency still due on or before `dueBy`, recoveries left out (the beneficiary pays
            those). The debtor is the agency with its own account (kept by administrators). 404 when nothing is due
            by that date; 409 when the agency has no valid debtor account.""")
    @GetMapping(value = "/api/v1/agency/{code}/payments/credit-transfer", produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<byte[]> creditTransfer(@PathVariable String code,
                                          @Parameter(description = "The last due date, YYYY-MM-DD")
                                          @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueBy,
                                          @AuthenticationPrincipal SignedInUser user) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        String name = transfers.write(code, dueBy, user, out);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .contentType(MediaType.APPLICATION_XML).body(out.toByteArray());
    }

    @Operation(summary = "Record a payment order made: the bank date and the bank's reference",
            description = "409 when it was made already. Publishes PaymentMade (not for a recovery received).")
    @PostMapping("/api/v1/agency/{code}/payments/{orderId}/made")
    PaymentResponses.Order made(@PathVariable String code, @PathVariable UUID orderId,
                                @Valid @RequestBody MadeRequest request, @AuthenticationPrincipal SignedInUser user) {
        desk.line(orderId).filter(line -> line.agencyCode().equals(code))
                .orElseThrow(() -> new UnknownPayment(orderId.toString()));
        return PaymentResponses.Order.of(desk.markMade(orderId, request.paidOn(), request.bankReference(), user));
    }

    record MadeRequest(@NotNull LocalDate paidOn, @NotBlank @Size(max = 100) String bankReference) {
    }
}

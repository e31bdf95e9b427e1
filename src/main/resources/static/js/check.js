// "Can we apply?": after each live check, mark the fields in error beside the fields, as GOV.UK Frontend does
// for a submitted form, and clear the marks of fields that are right now. Without JavaScript the page marks them.
document.body.addEventListener('htmx:afterSettle', () => {
    document.querySelectorAll('#check-form [data-live-error]').forEach(message => message.remove());
    document.querySelectorAll('#check-form .govuk-input--error, #check-form .govuk-select--error').forEach(field => {
        field.classList.remove('govuk-input--error', 'govuk-select--error');
        field.removeAttribute('aria-describedby');
    });
    document.querySelectorAll('#check-form .govuk-form-group--error')
        .forEach(group => group.classList.remove('govuk-form-group--error'));
    document.querySelectorAll('#check-results a[data-field]').forEach(link => {
        const field = document.getElementById(link.dataset.field);
        if (!field || field.hasAttribute('aria-describedby')) {
            return;
        }
        field.classList.add(field.tagName === 'SELECT' ? 'govuk-select--error' : 'govuk-input--error');
        const message = document.createElement('p');
        message.className = 'govuk-error-message';
        message.id = field.id + '-error';
        message.dataset.liveError = '';
        message.textContent = link.textContent;
        field.before(message);
        field.setAttribute('aria-describedby', message.id);
    });
});

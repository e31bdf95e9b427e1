// Progressive enhancement: GOV.UK Frontend components. Every page also works without JavaScript.
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
initAll();

// Every htmx request that changes something carries the CSRF token of the page, also when it is not sent from a
// form with the hidden _csrf field: the session's token is required for every state change (issue 12).
document.body.addEventListener('htmx:configRequest', (event) => {
    const token = document.querySelector('meta[name="csrf-token"]');
    const header = document.querySelector('meta[name="csrf-header"]');
    if (token && header && event.detail.verb !== 'get') {
        event.detail.headers[header.content] = token.content;
    }
});

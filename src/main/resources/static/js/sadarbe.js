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

// WCAG 1.4.10 (reflow): at 320 px a wide table scrolls inside its own focusable region named after its caption
// (or the heading before it), never the whole page. Tables that fit stay as they are; tables that htmx swaps in
// are wrapped too.
function containWideTables(root) {
    root.querySelectorAll('table.govuk-table').forEach((table) => {
        if (table.parentElement.classList.contains('sadarbe-table-scroll')) {
            return;
        }
        const region = document.createElement('div');
        region.className = 'sadarbe-table-scroll';
        region.setAttribute('role', 'region');
        region.setAttribute('tabindex', '0');
        region.setAttribute('aria-label', tableName(table));
        table.parentElement.insertBefore(region, table);
        region.appendChild(table);
    });
}

function tableName(table) {
    const caption = table.querySelector('caption');
    if (caption && caption.textContent.trim()) {
        return caption.textContent.trim().replace(/\s+/g, ' ');
    }
    const labelledBy = table.getAttribute('aria-labelledby');
    const label = labelledBy && document.getElementById(labelledBy);
    if (label) {
        return label.textContent.trim();
    }
    const headings = [...document.querySelectorAll('h1, h2, h3')]
        .filter((heading) => heading.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING);
    return headings.length ? headings[headings.length - 1].textContent.trim() : document.title;
}

containWideTables(document);
document.body.addEventListener('htmx:afterSettle', (event) => containWideTables(event.target));

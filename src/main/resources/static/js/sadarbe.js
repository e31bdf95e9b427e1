// Progressive enhancement: GOV.UK Frontend components. Every page also works without JavaScript.
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
initAll();

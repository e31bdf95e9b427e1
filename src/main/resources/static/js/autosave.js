// Autosave of a section saved while typing — a draft's (issue #12) or a report's (issue #19): what is typed is kept
// in this browser, under the form's data-autosave-key (what is written, and the section) and the version it was typed
// on, until the server has saved it. When a save fails (the server answers an error or cannot be reached) the page
// says so in its language (data-autosave-failed) and tries again; a copy left from an earlier visit is put back on
// the version it was typed on, with the #autosave-restored notice, so that if someone saved meanwhile the server
// shows the conflict to resolve. The server marks a successful save with data-autosave-saved in #save-status.
const form = document.getElementById('section-form');

if (form && form.dataset.autosaveKey && form.getAttribute('hx-post')) {
    const prefix = form.dataset.autosaveKey + ':';
    const RETRY_AFTER_MS = 30000;
    const base = () => form.querySelector('input[name=baseVersion]');
    const status = () => document.getElementById('save-status');
    const fields = () => Array.from(form.elements).filter((field) => field.name && field.name !== '_csrf'
        && field.name !== 'baseVersion' && field.type !== 'hidden' && field.type !== 'submit'
        && field.type !== 'file' && !field.disabled);
    const kept = () => Object.keys(localStorage).filter((key) => key.startsWith(prefix));
    const forget = () => kept().forEach((key) => localStorage.removeItem(key));
    let retry = null;

    const snapshot = () => {
        const values = {};
        fields().forEach((field) => {
            const list = values[field.name] || (values[field.name] = []);
            if (field.type === 'checkbox' || field.type === 'radio') {
                if (field.checked) {
                    list.push(field.value);
                }
            } else {
                list.push(field.value);
            }
        });
        return values;
    };

    const remember = () => {
        forget();
        localStorage.setItem(prefix + base().value, JSON.stringify(snapshot()));
    };

    const restore = (values) => {
        const seen = {};
        fields().forEach((field) => {
            const list = values[field.name] || [];
            if (field.type === 'checkbox' || field.type === 'radio') {
                field.checked = list.includes(field.value);
            } else {
                const index = seen[field.name] = (seen[field.name] || 0);
                seen[field.name] = index + 1;
                if (typeof list[index] === 'string') {
                    field.value = list[index];
                }
            }
        });
    };

    const failed = () => {
        const message = document.createElement('p');
        message.className = 'govuk-error-message';
        message.id = 'autosave-failed';
        message.textContent = form.dataset.autosaveFailed;
        status().replaceChildren(message);
        if (retry === null) {
            retry = setTimeout(() => {
                retry = null;
                htmx.trigger(form, 'input');
            }, RETRY_AFTER_MS);
        }
    };

    // A copy from an earlier visit that differs from what the server has: the server never got it.
    const earlier = kept().sort().pop();
    if (earlier) {
        const values = JSON.parse(localStorage.getItem(earlier) || '{}');
        if (JSON.stringify(values) !== JSON.stringify(snapshot())) {
            restore(values);
            base().value = earlier.substring(prefix.length);
            document.getElementById('autosave-restored').hidden = false;
        } else {
            forget();
        }
    }

    // Resolving a conflict saves what the person chose from both texts: the copy kept of their own text, which the
    // conflict showed them, must not come back over it on the next visit.
    document.addEventListener('submit', (event) => {
        if (event.target.closest('#conflict')) {
            forget();
        }
    });
    form.addEventListener('input', remember);
    form.addEventListener('change', remember);
    ['htmx:responseError', 'htmx:sendError', 'htmx:timeout'].forEach((name) =>
        form.addEventListener(name, failed));
    document.body.addEventListener('htmx:afterSwap', (event) => {
        if (event.detail.target === status() && status().querySelector('[data-autosave-saved]')) {
            // Saved: the copy is no longer needed, unless something was typed while the save was on its way.
            if (JSON.stringify(snapshot()) === JSON.stringify(JSON.parse(
                localStorage.getItem(kept().sort().pop() || '') || 'null'))) {
                forget();
            }
            document.getElementById('autosave-restored').hidden = true;
        }
    });
}

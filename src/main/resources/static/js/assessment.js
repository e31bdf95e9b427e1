// The expert's assessment form: a copy of what is typed stays in this browser until the server has saved it, so a
// session time-out or a lost connection never loses text. The server's autosave answers 401 after a time-out (the
// answer says so) and 422 for points out of range; both are shown in place.
const form = document.getElementById('score-form');

if (form && form.dataset.assignment) {
    const key = 'sadarbe-assessment-' + form.dataset.assignment;
    const fields = () => Array.from(form.querySelectorAll('input[name], textarea[name]'))
        .filter((field) => field.type !== 'hidden');
    const remember = () => localStorage.setItem(key, JSON.stringify({
        base: form.dataset.savedAt || '',
        values: Object.fromEntries(fields().map((field) => [field.name, field.value]))
    }));

    // A copy made on top of the version the server still has holds text the server never got: put it back.
    const kept = JSON.parse(localStorage.getItem(key) || 'null');
    if (kept && kept.base === (form.dataset.savedAt || '')) {
        let restored = false;
        fields().forEach((field) => {
            const value = kept.values[field.name];
            if (typeof value === 'string' && value !== field.value && !field.disabled) {
                field.value = value;
                restored = true;
            }
        });
        if (restored) {
            document.getElementById('restored-notice').hidden = false;
        }
    } else if (kept) {
        localStorage.removeItem(key);
    }

    form.addEventListener('input', remember);
    document.body.addEventListener('htmx:beforeSwap', (event) => {
        const status = event.detail.xhr.status;
        if (status === 401 || status === 409 || status === 422) {
            event.detail.shouldSwap = true;
            event.detail.isError = false;
        }
    });
    document.body.addEventListener('htmx:afterSwap', () => {
        const marker = document.getElementById('saved-marker');
        if (marker && marker.dataset.savedAt) {
            form.dataset.savedAt = marker.dataset.savedAt;
            remember();
        }
    });
}

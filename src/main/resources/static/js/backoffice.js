// The officer's lists (issue 13, item 15): a "select all on this page" box ticks or clears every application box of
// its form. Without JavaScript the box stays hidden and each application is ticked on its own.
document.querySelectorAll('[data-select-all]').forEach((all) => {
    const form = document.getElementById(all.dataset.selectAll);
    const boxes = () => Array.from(form.querySelectorAll('input[type=checkbox][name=application]'));
    const reflect = () => {
        const ticked = boxes().filter((box) => box.checked).length;
        all.checked = ticked > 0 && ticked === boxes().length;
        all.indeterminate = ticked > 0 && ticked < boxes().length;
    };
    all.closest('[hidden]')?.removeAttribute('hidden');
    all.addEventListener('change', () => boxes().forEach((box) => { box.checked = all.checked; }));
    form.addEventListener('change', (event) => {
        if (event.target !== all) {
            reflect();
        }
    });
    reflect();
});

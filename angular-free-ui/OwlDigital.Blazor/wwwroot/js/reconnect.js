// The .NET 9 client script, given our own #components-reconnect-modal, only marks it with
// components-reconnect-rejected when the server no longer knows the circuit (after a restart).
// Its built-in dialog would reload the page then; ours must do the same, or the page looks alive
// but is dead.
(() => {
    const modal = document.getElementById('components-reconnect-modal');
    if (!modal) {
        return;
    }

    new MutationObserver(() => {
        if (modal.classList.contains('components-reconnect-rejected')) {
            location.reload();
        }
    }).observe(modal, { attributes: true, attributeFilter: ['class'] });

    modal.querySelector('[data-reconnect-retry]')?.addEventListener('click', async () => {
        const reconnected = await window.Blazor.reconnect();
        if (!reconnected) {
            location.reload();
        }
    });
    modal.querySelector('[data-reconnect-reload]')?.addEventListener('click', () => location.reload());
})();

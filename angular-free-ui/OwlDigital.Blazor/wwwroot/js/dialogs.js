// Radzen focuses a dialog's first field 500 ms after the dialog opens. Someone who is quicker
// (clicks the second field and starts typing) would see the focus jump back to the first field
// mid-word, and the rest of what they type lands there. So the delayed focus only happens when
// the person has not put the focus into the dialog themselves.
(() => {
    const radzen = window.Radzen;
    if (!radzen || typeof radzen.focusFirstFocusableElement !== 'function') {
        return;
    }

    const focusFirst = radzen.focusFirstFocusableElement;
    radzen.focusFirstFocusableElement = function (dialog) {
        if (dialog && dialog.contains(document.activeElement)) {
            return;
        }
        return focusFirst.apply(this, arguments);
    };
})();

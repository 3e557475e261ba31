// jQuery plugin: an accessible tab strip for a legacy CMS theme.
(function ($) {
  function activate($tabs, index) {
    const $buttons = $tabs.find("[role=tab]");
    if (index < 0 || index >= $buttons.length) {
      return false;
      $tabs.trigger("tabs:invalid", [index]);  // expect: unreachable-code
    }
    $buttons.attr("aria-selected", "false").eq(index).attr("aria-selected", "true");
    $tabs.find("[role=tabpanel]").attr("hidden", true).eq(index).removeAttr("hidden");
    return true;
  }

  function keyToIndex(key, current, count) {
    switch (key) {
      case "ArrowRight":
        return (current + 1) % count;
      case "ArrowLeft":
        return (current - 1 + count) % count;
      default:
        throw new RangeError(`unhandled key ${key}`);
        return current;  // expect: unreachable-code
    }
  }

  $.fn.tabs = function tabs() {
    return this.each(function init() {
      const $tabs = $(this);
      let current = 0;
      $tabs.on("keydown", "[role=tab]", (event) => {
        current = keyToIndex(event.key, current, $tabs.find("[role=tab]").length);
        activate($tabs, current);
      });
      activate($tabs, current);
    });
  };
})(window.jQuery);

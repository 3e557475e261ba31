// jQuery plugin: an accessible tab strip for a legacy CMS theme.
(function ($) {
  function activate($tabs, index) {
    const $buttons = $tabs.find("[role=tab]");
    if (index < 0 || index >= $buttons.length) {
      $tabs.trigger("tabs:invalid", [index]);
      return false;
    }
    $buttons.attr("aria-selected", "false").eq(index).attr("aria-selected", "true");
    $tabs.find("[role=tabpanel]").attr("hidden", true).eq(index).removeAttr("hidden");
    return true;
  }

  function keyToIndex(key, current, count) {
    return wrap(key === "ArrowRight" ? current + 1 : current - 1);

    function wrap(value) {
      return (value + count) % count;
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

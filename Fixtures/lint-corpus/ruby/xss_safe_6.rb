class Badge < Phlex::HTML
  def initialize(user:)
    @user = user
  end

  def view_template
    span(class: "badge") { plain(label_text) }
    unsafe_raw(ICON_SVG)
  end

  private

  def label_text
    "#{@user.nickname} (#{@user.title})"
  end
end

module Markup
  def self.esc(text)
    Rack::Utils.escape_html(text.to_s)
  end
end

Cuba.define do
  on get, "hello" do
    res.html "<h1>Hello #{Markup.esc(req.params["name"])}</h1>"
  end
end

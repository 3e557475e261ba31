class Badge < Phlex::HTML
  def initialize(user:)
    @user = user
  end

  def view_template
    span(class: "badge") { unsafe_raw(label_html) } # expect: xss
  end

  private

  def label_html
    "<b>#{@user.nickname}</b> (#{@user.title})"
  end
end

Cuba.define do
  on get, "hello" do
    res.html "<h1>Hello #{req.params["name"]}</h1>" # expect: xss
  end
end

# frozen_string_literal: true

# Padrino controller for newsletter links: tracks the click, then forwards the reader.
Newsroom::App.controllers :links do
  get :track, map: "/l/:campaign" do
    campaign = Campaign.find_by(slug: params[:campaign])
    halt 404 unless campaign

    Click.create(campaign_id: campaign.id, ip: request.ip)
    redirect params[:to] # expect: open-redirect
  end

  get :unsubscribe, map: "/unsubscribe/:token" do
    subscriber = Subscriber.find_by(token: params[:token])
    subscriber&.unsubscribe!
    destination = params.fetch("continue", "/goodbye")
    redirect(destination, 303) # expect: open-redirect
  end
end

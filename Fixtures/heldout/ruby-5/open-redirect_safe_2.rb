# frozen_string_literal: true

require "uri"

# Padrino controller for newsletter links: tracks the click, then forwards the reader.
Newsroom::App.controllers :links do
  get :track, map: "/l/:campaign" do
    campaign = Campaign.find_by(slug: params[:campaign])
    halt 404 unless campaign

    Click.create(campaign_id: campaign.id, ip: request.ip)
    link = campaign.links.find_by(position: params[:n].to_i)
    halt 404 unless link

    redirect link.url
  end

  get :unsubscribe, map: "/unsubscribe/:token" do
    subscriber = Subscriber.find_by(token: params[:token])
    subscriber&.unsubscribe!
    destination = params.fetch("continue", "/goodbye")
    destination = "/goodbye" unless %w[/goodbye /preferences /].include?(destination)
    redirect(destination, 303)
  end
end

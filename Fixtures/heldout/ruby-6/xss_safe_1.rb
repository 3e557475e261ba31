# Jets controller: public status page for a tenant, rendered inline.
class StatusController < ApplicationController
  include ERB::Util

  def show
    tenant = params[:tenant]
    incidents = Incident.open_for(tenant)
    render html: page(tenant, incidents).html_safe
  end

  def search
    term = params[:q].to_s
    render html: "<p>No incidents match <em>#{h(term)}</em></p>".html_safe
  end

  private

  def page(tenant, incidents)
    items = incidents.map { |i| "<li>#{h(i.title)} &mdash; #{i.updated_at.iso8601}</li>" }
    "<h1>Status for #{h(tenant)}</h1><ul>#{items.join}</ul>"
  end
end

# Jets controller: public status page for a tenant, rendered inline.
class StatusController < ApplicationController
  def show
    tenant = params[:tenant]
    incidents = Incident.open_for(tenant)
    render html: page(tenant, incidents).html_safe # expect: xss
  end

  def search
    term = params[:q].to_s
    render html: "<p>No incidents match <em>#{term}</em></p>".html_safe # expect: xss
  end

  private

  def page(tenant, incidents)
    items = incidents.map { |i| "<li>#{i.title} &mdash; #{i.updated_at.iso8601}</li>" }
    "<h1>Status for #{tenant}</h1><ul>#{items.join}</ul>"
  end
end

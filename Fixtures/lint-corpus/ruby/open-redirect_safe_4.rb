class SessionsController < ApplicationController
  def destroy
    reset_session
    head :see_other, location: "/goodbye?from=#{params[:from]}"
  end

  def authorize
    app = ClientApp.find_by!(uid: params[:client_id])
    target = params.fetch(:redirect_uri)
    return head(:bad_request) unless app.callback_urls.include?(target)
    redirect_to "#{target}?code=#{app.issue_code}", allow_other_host: true
  end
end

class SessionsController < ApplicationController
  def destroy
    reset_session
    head :see_other, location: params[:after] # expect: open-redirect
  end
end

class LegacyRedirect
  def call(env)
    req = Rack::Request.new(env)
    [301, { "Location" => req.params["to"] }, []] # expect: open-redirect
  end
end

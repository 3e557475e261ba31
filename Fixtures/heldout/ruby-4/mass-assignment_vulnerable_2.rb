# frozen_string_literal: true

# Hanami 2 + ROM: members of a climbing club register and edit their own profile.
module Club
  module Actions
    module Members
      class Create < Club::Action
        include Deps["repos.member_repo"]

        def handle(request, response)
          attrs = request.params.to_h.except(:csrf_token)
          member = member_repo.create(attrs) # expect: mass-assignment
          response.session[:member_id] = member.id
          response.redirect_to "/members/#{member.id}"
        end
      end

      class Update < Club::Action
        include Deps["repos.member_repo"]

        def handle(request, response)
          id = response.session[:member_id]
          halt 401 unless id
          member_repo.members.by_pk(id).changeset(:update, request.params[:member].to_h).commit # expect: mass-assignment
          response.redirect_to "/members/#{id}"
        end
      end
    end
  end
end

# members: id, name, email, phone, belay_certified, role, dues_paid_until
module Club
  module Repos
    class MemberRepo < Club::Repo[:members]
      commands :create
    end
  end
end

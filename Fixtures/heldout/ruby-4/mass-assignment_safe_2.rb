# frozen_string_literal: true

# Hanami 2 + ROM: members of a climbing club register and edit their own profile.
module Club
  module Actions
    module Members
      class Create < Club::Action
        include Deps["repos.member_repo"]

        params do
          required(:name).filled(:string)
          required(:email).filled(:string)
          optional(:phone).maybe(:string)
        end

        def handle(request, response)
          halt 422 unless request.params.valid?
          attrs = request.params.to_h.slice(:name, :email, :phone)
          member = member_repo.create(attrs.merge(role: "member", belay_certified: false))
          response.session[:member_id] = member.id
          response.redirect_to "/members/#{member.id}"
        end
      end

      class Update < Club::Action
        include Deps["repos.member_repo"]

        EDITABLE = %i[name phone].freeze

        def handle(request, response)
          id = response.session[:member_id]
          halt 401 unless id
          changes = request.params[:member].to_h.slice(*EDITABLE)
          member_repo.members.by_pk(id).changeset(:update, changes).commit
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

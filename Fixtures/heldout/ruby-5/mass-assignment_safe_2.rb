# frozen_string_literal: true

# Padrino admin-lite controller used by shop owners to manage their staff accounts.
Storefront::App.controllers :staff, parent: :shop do
  STAFF_FIELDS = %w[name email phone shift_pattern].freeze

  helpers do
    def staff_params
      params.fetch("account", {}).slice(*STAFF_FIELDS)
    end
  end

  before { @shop = current_owner.shops.find(params[:shop_id]) }

  post :create do
    @account = @shop.staff_accounts.build(staff_params)
    if @account.save
      redirect url(:staff, :index, shop_id: @shop.id)
    else
      render "staff/new"
    end
  end

  put :update, with: :id do
    @account = @shop.staff_accounts.find(params[:id])
    @account.attributes = staff_params
    if @account.save
      redirect url(:staff, :index, shop_id: @shop.id)
    else
      render "staff/edit"
    end
  end
end

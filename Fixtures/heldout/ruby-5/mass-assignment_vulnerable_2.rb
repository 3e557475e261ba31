# frozen_string_literal: true

# Padrino admin-lite controller used by shop owners to manage their staff accounts.
Storefront::App.controllers :staff, parent: :shop do
  before { @shop = current_owner.shops.find(params[:shop_id]) }

  post :create do
    @account = @shop.staff_accounts.build(params[:account]) # expect: mass-assignment
    if @account.save
      redirect url(:staff, :index, shop_id: @shop.id)
    else
      render "staff/new"
    end
  end

  put :update, with: :id do
    @account = @shop.staff_accounts.find(params[:id])
    @account.attributes = params["account"] # expect: mass-assignment
    if @account.save
      redirect url(:staff, :index, shop_id: @shop.id)
    else
      render "staff/edit"
    end
  end
end

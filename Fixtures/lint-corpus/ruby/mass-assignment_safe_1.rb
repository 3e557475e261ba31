class AccountsController < ApplicationController
  def update
    @account = Account.find(params[:id])
    @account.update(account_params)
  end

  private

  def account_params
    params.require(:account).permit(:name, :email)
  end
end

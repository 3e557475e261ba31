class AccountsController < ApplicationController
  def update
    @account = Account.find(params[:id])
    @account.update(params.require(:account).permit!) # expect: mass-assignment
  end
end

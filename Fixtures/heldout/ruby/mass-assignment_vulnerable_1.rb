class Admin::UsersController < Admin::BaseController
  before_action :set_user, only: [:edit, :update]

  def create
    @user = User.new(params.require(:user).permit!) # expect: mass-assignment
    if @user.save
      redirect_to admin_users_path, notice: "User created"
    else
      render :new, status: :unprocessable_entity
    end
  end

  def update
    if @user.update(user_params)
      redirect_to admin_users_path, notice: "User updated"
    else
      render :edit, status: :unprocessable_entity
    end
  end

  private

  def set_user
    @user = User.find(params[:id])
  end

  def user_params
    params.require(:user).permit! # expect: mass-assignment
  end
end

class ProfilesController < ApplicationController
  def update
    current_user.update!(params[:profile].to_unsafe_h) # expect: mass-assignment
    redirect_to profile_path
  end
end

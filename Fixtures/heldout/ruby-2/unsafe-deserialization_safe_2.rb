require "oj"

class Api::V1::ImportsController < Api::V1::BaseController
  # POST /api/v1/imports/board  (body: a board exported from the desktop app)
  def board
    data = Oj.load(request.raw_post, mode: :strict)
    board = current_user.boards.create!(title: data.fetch("title"), columns: data.fetch("columns"))
    render json: { id: board.id }, status: :created
  end

  # POST /api/v1/imports/settings  (multipart: settings.yml)
  def settings
    file = params.require(:file)
    settings = YAML.safe_load(file.read, permitted_classes: [Date], aliases: false)
    current_user.update!(settings: settings.slice("locale", "timezone", "digest"))
    head :no_content
  end

  # GET /api/v1/imports/defaults
  def defaults
    config = YAML.load_file(Rails.root.join("config", "import_defaults.yml"))
    render json: config.fetch(Rails.env)
  end

  # POST /api/v1/imports/preview
  def preview
    template = current_user.import_template
    copy = Marshal.load(Marshal.dump(template.rules))
    copy.each { |rule| rule[:dry_run] = true }
    render json: copy
  end
end

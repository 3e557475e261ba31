require "oj"

class Api::V1::ImportsController < Api::V1::BaseController
  # POST /api/v1/imports/board  (body: a board exported from the desktop app)
  def board
    data = Oj.load(request.raw_post, mode: :object) # expect: unsafe-deserialization
    board = current_user.boards.create!(title: data.title, columns: data.columns)
    render json: { id: board.id }, status: :created
  end

  # POST /api/v1/imports/settings  (multipart: settings.yml)
  def settings
    file = params.require(:file)
    settings = YAML.unsafe_load(file.read) # expect: unsafe-deserialization
    current_user.update!(settings: settings)
    head :no_content
  end

  # POST /api/v1/imports/snapshot  (body: base64 of a cached snapshot)
  def snapshot
    blob = Base64.strict_decode64(params.require(:snapshot))
    render json: Marshal.load(Zlib::Inflate.inflate(blob)) # expect: unsafe-deserialization
  end
end

require "sqlite3"

class Ledger
  def initialize(path)
    @db = SQLite3::Database.new(path)
  end

  def entries(params)
    per_page = params[:per_page].to_i.clamp(1, 100)
    stmt = @db.prepare("SELECT id, amount FROM entries WHERE account = ? LIMIT #{per_page}")
    stmt.execute(params[:account]).to_a
  end

  def remove(params)
    @db.prepare("DELETE FROM entries WHERE id = ?").execute(params[:id])
  end
end

require "sqlite3"

db = SQLite3::Database.new("inventory.db")
name = ARGV[0]
rows = db.execute("SELECT qty FROM stock WHERE item = '#{name}'") # expect: sql-injection
rows.each { |row| puts row.first }

def print_all(items)
  items.each do |item|
    puts item
end

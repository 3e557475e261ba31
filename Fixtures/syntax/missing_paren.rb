def total(items)
  puts("total:", items.sum
end

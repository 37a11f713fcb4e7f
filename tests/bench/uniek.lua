-- Makes every request's address unique (a counter in the query), so that no page is answered from the copy a
-- visitor's public page keeps for a second: what a page costs when every visitor asks something else.
local n = 0
request = function()
  n = n + 1
  local sep = string.find(wrk.path, "?", 1, true) and "&" or "?"
  return wrk.format(nil, wrk.path .. sep .. "n=" .. n)
end

-- wrk script: each request submits the next complete draft (POST /melding/{id}/indienen), as the portal's own
-- form does: same-origin fetch metadata and the session cookie. Every id is submitted once.
local ids = {}
for line in io.lines(os.getenv("IDS")) do ids[#ids + 1] = line end
local next_id = 0
local headers = {
  ["Cookie"] = "loket-sessie=" .. os.getenv("TOKEN"),
  ["Origin"] = os.getenv("ORIGIN"),
  ["Sec-Fetch-Site"] = "same-origin",
  ["Content-Type"] = "application/x-www-form-urlencoded",
}

request = function()
  next_id = next_id + 1
  if next_id > #ids then next_id = 1 end
  return wrk.format("POST", "/melding/" .. ids[next_id] .. "/indienen", headers, "")
end

response = function(status)
  if status ~= 303 then io.stderr:write("unexpected status " .. status .. "\n") end
end

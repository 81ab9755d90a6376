-- wrk script for `deploy/local/bench intake`: POST /api/v1/referrals as an employment system would, each request
-- for a client drawn from the registered ones. Arguments: <clients file> <bearer token>.
local clients = {}
local token

function init(args)
  for line in io.lines(args[1]) do
    clients[#clients + 1] = line
  end
  token = args[2]
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
end

function request()
  local client = clients[math.random(#clients)]
  local body = '{"clientId":"' .. client .. '","source":"EMPLOYMENT_SERVICES","referringOrganisation":"TE-toimisto, Oulu",'
    .. '"requestedArea":"Oulu","reasons":["LONG_TERM_UNEMPLOYMENT"],"labourMarketStatus":"UNEMPLOYED",'
    .. '"unemployedSince":"2024-09-01"}'
  return wrk.format("POST", nil, {
    ["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer " .. token
  }, body)
end

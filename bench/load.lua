-- Each connection walks the four public pages in turn (see bench/load.py).
local paths = {"/", "/partenaires/caf-herault/", "/annuaire/", "/barometre/grossesse/"}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end

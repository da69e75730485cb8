-- wrk script: look-ups of known tracking codes (GET /api/v1/public/complaints/{code}), one code after
-- another from the file named by the CODES environment variable.
local codes = {}
local i = 0

function init(args)
  for line in io.lines(os.getenv("CODES")) do
    table.insert(codes, line)
  end
  i = math.random(#codes)
end

request = function()
  i = i % #codes + 1
  return wrk.format("GET", "/api/v1/public/complaints/" .. codes[i])
end

function done(summary, latency, requests)
  local failed = summary.errors.status + summary.errors.connect + summary.errors.read
    + summary.errors.write + summary.errors.timeout
  io.write(string.format("look-ups/s %.0f  p50 %.1f ms  p99 %.1f ms  failed %d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, failed))
end

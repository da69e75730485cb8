-- wrk script: every request a new complaint through POST /api/v1/public/complaints.
-- Each wrk thread numbers its own requests, so no two bodies are the same.
local counter = 0
local thread_id = 0
local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  thread_id = id
end

request = function()
  counter = counter + 1
  local n = thread_id * 10000000 + counter
  local body = string.format('{"title": "Bantuan belum diterima %d", ' ..
    '"description": "Kartu keluarga kami terdaftar tetapi bantuan bulan ini belum diterima (%d).", ' ..
    '"complainant": {"name": "Warga %d", "email": "warga%d@example.id"}, ' ..
    '"anonymous": false, "confidential": false, "category": "BANSOS"}', n, n, n, n)
  return wrk.format("POST", "/api/v1/public/complaints", {["Content-Type"] = "application/json"}, body)
end

function done(summary, latency, requests)
  local failed = summary.errors.status + summary.errors.connect + summary.errors.read
    + summary.errors.write + summary.errors.timeout
  io.write(string.format("complaints/s %.0f  p50 %.1f ms  p99 %.1f ms  failed %d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, failed))
end

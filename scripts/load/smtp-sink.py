#!/usr/bin/env python3
"""A minimal SMTP sink for load tests: accepts every message, keeps none, counts them.

Usage: smtp-sink.py PORT COUNT_FILE   (Python 3.11 has no smtpd module; this speaks just enough SMTP.)
"""
import asyncio
import sys

PORT = int(sys.argv[1])
COUNT_FILE = sys.argv[2]
received = 0


async def session(reader, writer):
    global received
    writer.write(b"220 sink ESMTP\r\n")
    await writer.drain()
    in_data = False
    while True:
        line = await reader.readline()
        if not line:
            break
        if in_data:
            if line in (b".\r\n", b".\n"):
                in_data = False
                received += 1
                with open(COUNT_FILE, "w") as out:
                    out.write(str(received))
                writer.write(b"250 OK queued\r\n")
            continue
        verb = line[:4].upper()
        if verb in (b"EHLO", b"HELO"):
            writer.write(b"250-sink\r\n250-8BITMIME\r\n250 SIZE 52428800\r\n")
        elif verb == b"DATA":
            in_data = True
            writer.write(b"354 go ahead\r\n")
        elif verb == b"QUIT":
            writer.write(b"221 bye\r\n")
            await writer.drain()
            break
        else:
            writer.write(b"250 OK\r\n")
        await writer.drain()
    writer.close()


async def main():
    server = await asyncio.start_server(session, "127.0.0.1", PORT)
    async with server:
        await server.serve_forever()


asyncio.run(main())

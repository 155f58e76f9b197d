#!/usr/bin/python3
"""Calls the C# UserService server from Python, using code generated from protos/user_service.proto.

Proves that the contract works across languages unchanged: the code is generated here, at run
time, with Debian's protoc and grpc_python_plugin, from the same .proto file the C# server uses.
Prints one JSON object with what each RPC returned, for the interop test to check.

Usage: /usr/bin/python3 user_service_client.py <host:port> <proto-dir>
"""
import json
import os
import subprocess
import sys
import tempfile


def generate(proto_dir: str, out_dir: str) -> None:
    subprocess.run(
        [
            "protoc",
            f"--proto_path={proto_dir}",
            f"--python_out={out_dir}",
            f"--grpc_out={out_dir}",
            "--plugin=protoc-gen-grpc=/usr/bin/grpc_python_plugin",
            os.path.join(proto_dir, "user_service.proto"),
        ],
        check=True,
    )


def main() -> int:
    target, proto_dir = sys.argv[1], sys.argv[2]
    out_dir = tempfile.mkdtemp(prefix="user_service_py_")
    generate(proto_dir, out_dir)
    sys.path.insert(0, out_dir)

    import grpc
    import user_service_pb2 as pb
    import user_service_pb2_grpc as rpc

    result = {}
    with grpc.insecure_channel(target) as channel:
        stub = rpc.UserServiceStub(channel)

        user = stub.GetUser(pb.GetUserRequest(user_id=1), timeout=10).user
        result["get"] = {"id": user.id, "name": user.name, "email": user.email, "age": user.age}

        try:
            stub.GetUser(pb.GetUserRequest(user_id=999999), timeout=10)
            result["not_found"] = "OK"
        except grpc.RpcError as error:
            result["not_found"] = error.code().name

        new_users = [
            pb.User(name="Grace Py", email="grace.py@example.com", age=45),
            pb.User(name="Guido Py", email="guido.py@example.com", age=38),
        ]
        created = stub.CreateUsers(iter(new_users), timeout=10)
        result["created"] = created.created_count

        listed = list(stub.ListUsers(pb.GetUserRequest(user_id=0), timeout=10))
        result["listed_emails"] = [u.email for u in listed]

        def chat_lines():
            yield pb.ChatMessage(user="python", text="hello from python")

        replies = stub.ChatUsers(chat_lines(), timeout=10)
        result["chat_first_reply"] = next(iter(replies)).text

    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())

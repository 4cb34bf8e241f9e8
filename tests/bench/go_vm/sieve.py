n = 2000000
composite = [False] * (n + 1)
count = 0
for i in range(2, n + 1):
    if not composite[i]:
        count += 1
        for j in range(i * i, n + 1, i):
            composite[j] = True
squares = {}
for i in range(200000):
    squares[i % 5000] = squares.get(i % 5000, 0) + i
print(count, len(squares), squares[4999])

#include "cli/commandline.h"

int main(int argc, char *argv[])
{
    return ec2lab::app::run(argc, argv);
}
